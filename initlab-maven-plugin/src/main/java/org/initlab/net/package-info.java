/**
 * Reading what other machines publish, bounded: one http(s) GET with a deadline for the whole
 * exchange (connect, headers, body) and a cap on the body's size, so a stalled or endless server
 * fails the build naming the setting instead of holding it forever. Used for baselines, history and
 * the data-set downloads (streamed to disk through a {@link org.initlab.net.BodySink}).
 */
package org.initlab.net;
