/** Money, typed identifiers, the business clock, paging and the domain error family. No Jakarta dependency. */
module org.dunwell.kernel {
    exports org.dunwell.kernel.api;
}
