package org.initlab.init;

import org.initlab.settings.ConfigException;

/** Validation of spec values, with messages that name the setting, the initializer and the key. */
final class Checks {
    private Checks() {
    }

    static double nonNegative(Args s, String key) {
        double v = s.number(key);
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key '" + key + "' must be a finite number >= 0, got "
                    + Numbers.text(v));
        }
        return v;
    }

    static double positive(Args s, String key) {
        double v = s.number(key);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key '" + key + "' must be a finite number > 0, got "
                    + Numbers.text(v));
        }
        return v;
    }

    static double finite(Args s, String key) {
        double v = s.number(key);
        if (!Double.isFinite(v)) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key '" + key + "' must be a finite number, got " + v);
        }
        return v;
    }

    static void ordered(Args s, String lowKey, double low, String highKey, double high) {
        if (!(low <= high)) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' needs " + lowKey + " <= " + highKey + ", got "
                    + lowKey + "=" + Numbers.text(low) + ", " + highKey + "=" + Numbers.text(high));
        }
    }
}
