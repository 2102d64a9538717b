package org.initlab.site;

import java.util.ArrayList;
import java.util.List;
import org.initlab.results.CostPoint;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;

/**
 * An experiment's numbers as one CSV table, for a spreadsheet or {@code pandas.read_csv}: one row
 * per run (initializer × activation × seed) × layer × statistic (the weights, the values before and after the activation, the
 * gradients — whichever the experiment measured), and for training runs one row per recorded
 * cost. Columns a row does not use are empty. Non-finite numbers are written {@code NaN},
 * {@code Infinity} and {@code -Infinity}, which both of those read back. Histograms stay in the
 * JSON download.
 */
final class ExperimentCsv {
    static final List<String> HEADER = List.of("experiment", "run", "initializer", "activation", "seed", "layer", "fanIn",
            "fanOut", "statistic", "count", "mean", "std", "min", "max", "zeroFraction", "nan", "infinite",
            "iteration", "cost");

    private ExperimentCsv() {
    }

    static String of(ExperimentResult e) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (int r = 0; r < e.runs().size(); r++) {
            RunResult run = e.runs().get(r);
            for (LayerResult layer : run.layers()) {
                stats(csv, e, r, run, layer, "weights", layer.weights());
                stats(csv, e, r, run, layer, "pre", layer.pre());
                stats(csv, e, r, run, layer, "post", layer.post());
                stats(csv, e, r, run, layer, "gradient", layer.gradient());
                stats(csv, e, r, run, layer, "activationGradient", layer.activationGradient());
            }
            if (run.training() != null) {
                for (CostPoint c : run.training().costs()) {
                    List<String> cells = start(e, r, run);
                    cells.addAll(List.of("", "", "", "cost", "", "", "", "", "", "", "", "",
                            Long.toString(c.iteration()), number(c.cost())));
                    row(csv, cells);
                }
            }
        }
        return csv.toString();
    }

    private static void stats(StringBuilder csv, ExperimentResult e, int r, RunResult run, LayerResult layer,
                              String statistic, Stats s) {
        if (s == null) {
            return;
        }
        List<String> cells = start(e, r, run);
        cells.addAll(List.of(Integer.toString(layer.index()), Integer.toString(layer.fanIn()),
                Integer.toString(layer.fanOut()), statistic, Long.toString(s.count()), number(s.mean()),
                number(s.std()), number(s.min()), number(s.max()), number(s.zeroFraction()), Long.toString(s.nan()),
                Long.toString(s.infinite()), "", ""));
        row(csv, cells);
    }

    private static List<String> start(ExperimentResult e, int r, RunResult run) {
        return new ArrayList<>(List.of(e.id(), Integer.toString(r), run.initializer(), run.activation(),
                Long.toString(run.seed())));
    }

    private static String number(double v) {
        return Double.toString(v);   // NaN, Infinity, -Infinity; shortest text that reads back exactly
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
