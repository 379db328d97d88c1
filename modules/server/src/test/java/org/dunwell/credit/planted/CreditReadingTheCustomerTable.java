package org.dunwell.credit.planted;

/** Planted for SqlBoundariesTest: credit SQL that names the ledger's customer table. Never in production code. */
public class CreditReadingTheCustomerTable {
    public static final String SQL = "SELECT c.account FROM credit_profile p JOIN customer c ON c.account = p.account";
}
