/**
 * The initializer catalogue as the report shows it: every entry measured on a fixed shape in the
 * build, and the same-named schemes of different libraries drawn side by side.
 */
package org.initlab.catalogue;
