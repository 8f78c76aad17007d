package org.opentvs.reporting.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opentvs.platform.control.Json;

/** Chart.js configurations as JSON, the form PrimeFaces 14's {@code p:chart} takes. Missing values are gaps (null). */
public final class ChartJson {

    private static final String[] COLOURS = {"#1f4e79", "#2e8b57", "#c0392b", "#e67e22", "#7d3c98", "#5d6d7e"};

    private final String type;
    private final List<String> labels;
    private final Map<String, List<Double>> series = new LinkedHashMap<>();
    private String yTitle = "";
    private Double yMax;

    private ChartJson(String type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    public static ChartJson line(List<String> labels) {
        return new ChartJson("line", labels);
    }

    public static ChartJson bar(List<String> labels) {
        return new ChartJson("bar", labels);
    }

    public ChartJson series(String name, List<Double> values) {
        if (values.size() != labels.size()) {
            throw new IllegalArgumentException(name + " has " + values.size() + " values for " + labels.size() + " labels");
        }
        series.put(name, values);
        return this;
    }

    public ChartJson yAxis(String title, Double max) {
        this.yTitle = title;
        this.yMax = max;
        return this;
    }

    public String json() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, List<Double>> s : series.entrySet()) {
            String colour = COLOURS[i++ % COLOURS.length];
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.getValue().forEach(v -> {
                if (v == null || v.isNaN()) {
                    data.addNull();
                } else {
                    data.add(Math.round(v * 1000) / 1000.0);
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", s.getKey()).add("data", data).add("borderColor", colour)
                    .add("backgroundColor", colour).add("fill", false).add("spanGaps", true));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", !yTitle.isEmpty()).add("text", yTitle));
        if (yMax != null) {
            y.add("max", yMax);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }
}
