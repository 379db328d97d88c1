/** Collection letters, interest and fees, and strategy-based process automation. */
module org.dunwell.dunning {
    requires org.dunwell.kernel;
    requires org.dunwell.ledger;
    requires org.dunwell.credit;
    requires org.dunwell.collections;
    exports org.dunwell.dunning.api;
}
