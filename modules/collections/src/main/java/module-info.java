/** Aging, pools and agents, the coordinator workspace and the collection actions. */
module org.dunwell.collections {
    requires org.dunwell.kernel;
    requires org.dunwell.ledger;
    requires org.dunwell.credit;
    exports org.dunwell.collections.api;
}
