/** A report's history across builds: one summary per build, appended to the published history.json. */
package org.initlab.history;
