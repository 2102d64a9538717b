/**
 * What initlab may replace or delete on disk. Every folder it writes (a report, a comparison, the
 * multi-module aggregate page, the result cache) carries a {@link org.initlab.files.Marker}; {@link org.initlab.files.OwnedDirectory}
 * refuses, before anything is removed, a folder that is not initlab's own, naming the setting that
 * points at it and what is in the way.
 */
package org.initlab.files;
