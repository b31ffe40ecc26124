/**
 * An example store adapter over plain JDBC: {@link org.inspectionkit.examples.jdbc.JdbcInspectionStore} and
 * {@link org.inspectionkit.examples.jdbc.JdbcFrameworkStore} keep inspections and frameworks relationally, one
 * table per kind of row, in a schema created by the versioned SQL migrations that
 * {@link org.inspectionkit.examples.jdbc.DatabaseSchema} applies.
 *
 * <p>H2 embedded is the default database (nothing to install: {@code jdbc:h2:file:...} for an application,
 * {@code jdbc:h2:mem:...} for tests); PostgreSQL runs the same portable SQL. The adapter needs only a
 * {@link javax.sql.DataSource}: an application passes its connection pool. Every save runs in one transaction
 * with prepared statements and batched inserts; every load is a fixed handful of queries, however many cases the
 * inspection has. Both stores pass the contract tests of {@code inspection-testkit}.
 */
package org.inspectionkit.examples.jdbc;
