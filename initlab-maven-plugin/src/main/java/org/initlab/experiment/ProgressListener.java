package org.initlab.experiment;

/** Where the runner reports progress; the Maven goal sends it to the build log. */
public interface ProgressListener {
    ProgressListener SILENT = new ProgressListener() {
        @Override
        public void info(String message) {
        }
    };

    void info(String message);
}
