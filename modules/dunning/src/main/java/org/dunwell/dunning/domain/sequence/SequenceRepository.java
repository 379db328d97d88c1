package org.dunwell.dunning.domain.sequence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.dunning.domain.interest.InterestCode;

/** Letter sequences, customers' own sequences and interest codes. */
public interface SequenceRepository {

    Optional<LetterSequence> find(String company, String code);

    List<LetterSequence> list(String company);

    void store(LetterSequence sequence);

    Optional<CustomerSequence> assignment(String company, String account);

    /** The sequences customers were given their own, by account. */
    Map<String, String> assignments(String company, Collection<String> accounts);

    void store(CustomerSequence assignment);

    void remove(CustomerSequence assignment);

    Optional<InterestCode> interestCode(String company, String code);

    List<InterestCode> interestCodes(String company);

    void store(InterestCode code);

    void flush();
}
