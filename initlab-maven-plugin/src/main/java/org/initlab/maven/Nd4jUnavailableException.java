package org.initlab.maven;

/** ND4J was needed (the message names the setting) but could not be resolved; the build fails with what to do. */
final class Nd4jUnavailableException extends RuntimeException {
    Nd4jUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
