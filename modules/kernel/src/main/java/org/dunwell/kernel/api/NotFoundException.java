package org.dunwell.kernel.api;

/**
 * Unknown customer, document or resource: a 404. Also what an agent gets for a customer
 * outside its pools, so that the customer's existence is not revealed.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object key) {
        super(what + " '" + key + "' was not found");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
