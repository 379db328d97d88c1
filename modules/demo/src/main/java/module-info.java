/**
 * A seeded generator of the ERP's import files (customers, invoices, credit notes, payments,
 * exchange rates): the demo data of the demo setup, and data of any size for tests and
 * benchmarks. Depends on the kernel only; writes CSV in the import contract's columns.
 */
module org.dunwell.demo {
    requires org.dunwell.kernel;
    exports org.dunwell.demo.api;
}
