package dev.aside.ui.telemetry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * A line chart that breaks each line where consecutive points are further apart on the x axis than
 * {@code maxStep}. JavaFX's LineChart joins every point to the next, so samples missing while the
 * machine slept or the process was stopped would be drawn as a straight line across the gap, as if
 * measured. One series stays one line (one legend entry); only its path gets a new start after a gap.
 */
final class GapLineChart extends LineChart<Number, Number> {

    private final double maxStep;

    /** @param maxStep the widest x distance still drawn as joined, in the x axis' units */
    GapLineChart(Axis<Number> x, Axis<Number> y, double maxStep) {
        super(x, y);
        this.maxStep = maxStep;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (Series<Number, Number> series : getData()) {
            if (series.getNode() instanceof Path line) {
                line.getElements().setAll(segments(series));
            }
        }
    }

    /** The series' path, a MoveTo at its start and after every gap, LineTo elsewhere; in x order, as LineChart draws. */
    private List<PathElement> segments(Series<Number, Number> series) {
        List<Data<Number, Number>> points = new ArrayList<>(series.getData());
        points.sort(Comparator.comparingDouble(point -> point.getXValue().doubleValue()));
        List<PathElement> elements = new ArrayList<>(points.size());
        double previous = Double.NaN;
        for (Data<Number, Number> point : points) {
            double x = point.getXValue().doubleValue();
            double screenX = getXAxis().getDisplayPosition(point.getXValue());
            double screenY = getYAxis().getDisplayPosition(point.getYValue());
            boolean joined = !Double.isNaN(previous) && x - previous <= maxStep;
            elements.add(joined ? new LineTo(screenX, screenY) : new MoveTo(screenX, screenY));
            previous = x;
        }
        return elements;
    }
}
