/** Credit limits, exposure, order credit checks, holds, limit requests and risk scores. */
module org.dunwell.credit {
    requires org.dunwell.kernel;
    requires org.dunwell.ledger;
    exports org.dunwell.credit.api;
}
