package org.opentvs.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opentvs.reporting.boundary.Reports;
import org.opentvs.reporting.control.ChartJson;
import org.opentvs.reporting.control.Distribution;
import org.opentvs.reporting.entity.GalleryBuild;
import org.opentvs.reporting.entity.Segment;

/** Gallery build time, APIS receipt to gallery ready: distribution and the late ones. */
@Named
@ViewScoped
public class GalleryBuildReport extends ReportPage {

    private static final long serialVersionUID = 1L;
    static final long[] BOUNDS = {50, 100, 250, 500, 1_000, 5_000, 30_000, 60_000, 300_000};

    @Inject
    Reports reports;

    private List<GalleryBuild> late = List.of();
    private String chart;
    private int count;
    private String p50 = "—";
    private String p95 = "—";
    private String p99 = "—";
    private String max = "—";

    @Override
    protected String page() {
        return "galleries";
    }

    @Override
    protected Segment defaultSegment() {
        return Segment.PORT;
    }

    @Override
    protected void refresh() {
        Distribution d = new Distribution(reports.galleryBuildMillis(filter()));
        count = d.count();
        if (count > 0) {
            p50 = String.valueOf(d.percentile(0.5));
            p95 = String.valueOf(d.percentile(0.95));
            p99 = String.valueOf(d.percentile(0.99));
            max = String.valueOf(d.max());
        }
        List<String> labels = new ArrayList<>();
        labels.add("< " + BOUNDS[0] + " ms");
        for (int i = 1; i < BOUNDS.length; i++) {
            labels.add(BOUNDS[i - 1] + "–" + BOUNDS[i] + " ms");
        }
        labels.add("≥ " + BOUNDS[BOUNDS.length - 1] + " ms");
        chart = ChartJson.bar(labels).series("Galleries", Arrays.stream(d.bins(BOUNDS)).mapToObj(v -> (double) v).toList())
                .yAxis("galleries", null).json();
        late = reports.lateGalleries(filter());
    }

    public List<GalleryBuild> getLate() {
        return late;
    }

    public long getLateSeconds() {
        return reports.galleryLateSeconds();
    }

    public String getChart() {
        return chart;
    }

    public int getCount() {
        return count;
    }

    public String getP50() {
        return p50;
    }

    public String getP95() {
        return p95;
    }

    public String getP99() {
        return p99;
    }

    public String getMax() {
        return max;
    }
}
