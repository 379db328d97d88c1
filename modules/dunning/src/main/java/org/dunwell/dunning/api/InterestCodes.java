package org.dunwell.dunning.api;

import java.util.List;
import org.dunwell.kernel.api.UserName;

/** Interest codes: the rates, day basis and options letter runs and interest notes compute with. */
public interface InterestCodes {

    /** Creates ({@code expectedVersion} null) or replaces a code, audited with the reason. */
    InterestCodeView put(String company, InterestCodeView code, Long expectedVersion, String reason, UserName actor);

    InterestCodeView get(String company, String code);

    List<InterestCodeView> list(String company);
}
