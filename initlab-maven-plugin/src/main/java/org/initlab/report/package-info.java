/** The report pipeline: a request in, a published site out. The Maven goals are thin adapters over it. */
package org.initlab.report;
