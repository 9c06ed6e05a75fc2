package io.bpohub.dialer.pacing;

/** The standard normal distribution function, to about 1e-7 (Abramowitz and Stegun 7.1.26 on erf). */
final class Normal {
    private Normal() {
    }

    static double cdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
        return z >= 0 ? 1 - erfc / 2 : erfc / 2;
    }
}
