package org.dunwell.dunning.application;

import java.util.List;
import java.util.Map;
import org.dunwell.dunning.api.LetterSequences.SequenceChoice;
import org.dunwell.dunning.domain.sequence.LetterSequence;

/** Which sequence a customer follows: its own, else its group's, else the company default, else none. */
final class SequenceChooser {

    private final List<LetterSequence> sequences;
    private final Map<String, String> assignments;

    SequenceChooser(List<LetterSequence> sequences, Map<String, String> assignments) {
        this.sequences = sequences;
        this.assignments = assignments;
    }

    SequenceChoice choose(String account, String group) {
        String own = assignments.get(account);
        if (own != null) {
            return new SequenceChoice(account, own, "customer");
        }
        if (group != null) {
            for (LetterSequence sequence : sequences) {
                if (sequence.customerGroups().contains(group)) {
                    return new SequenceChoice(account, sequence.code(), "group " + group);
                }
            }
        }
        return sequences.stream().filter(LetterSequence::companyDefault).findFirst()
                .map(s -> new SequenceChoice(account, s.code(), "company default"))
                .orElse(new SequenceChoice(account, null, "none: no sequence of its own, its group's or a default"));
    }

    LetterSequence sequence(String code) {
        return sequences.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }
}
