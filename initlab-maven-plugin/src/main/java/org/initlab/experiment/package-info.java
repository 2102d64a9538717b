/** Running experiments: one class per experiment type, and the runner that sequences them and reports progress. */
package org.initlab.experiment;
