/**
 * Mean-field signal propagation (Poole et al. 2016; Schoenholz et al. 2017): what a wide random
 * network does to the variance of its signal, forward and backward, computed by Gaussian
 * quadrature from the weights' and biases' moments. Depends on {@code nn} (the activations) only;
 * experiments and the site read its predictions.
 */
package org.initlab.theory;
