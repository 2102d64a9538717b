/**
 * The pipelines the Maven goals adapt: a report request in, a published site out
 * ({@link org.initlab.report.ReportBuilder}); a comparison request in, a published {@code compare/}
 * out ({@link org.initlab.report.CompareBuilder}).
 */
package org.initlab.report;
