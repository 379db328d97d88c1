/** Customer summaries and reminder drafts worded by a language model from facts the ledger holds. */
module org.dunwell.ai {
    requires org.dunwell.kernel;
    requires org.dunwell.ledger;
    requires org.dunwell.credit;
    requires org.dunwell.collections;
    requires org.dunwell.dunning;
    exports org.dunwell.ai.api;
}
