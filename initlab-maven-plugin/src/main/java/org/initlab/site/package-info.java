/**
 * The static site: markdown with math (flexmark), pages (Thymeleaf), chart data as scripts,
 * assets copied from webjars, and publishing by swapping in a fully written directory.
 */
package org.initlab.site;
