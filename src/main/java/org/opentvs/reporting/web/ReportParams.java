package org.opentvs.reporting.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The GET parameters of a report page (bound with f:viewParam, validated when the filter is built). */
public class ReportParams implements Serializable {

    private static final long serialVersionUID = 1L;

    String from;
    String to;
    String segment;
    String port;
    String terminal;
    String gate;
    String carrier;
    String flight;
    String date;
    String touchpoint;
    String algorithm;
    String dimension;

    Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("segment", segment);
        m.put("port", port);
        m.put("terminal", terminal);
        m.put("gate", gate);
        m.put("carrier", carrier);
        m.put("flight", flight);
        m.put("date", date);
        m.put("touchpoint", touchpoint);
        m.put("algorithm", algorithm);
        m.put("dimension", dimension);
        return m;
    }

    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getSegment() { return segment; }
    public void setSegment(String v) { segment = v; }
    public String getPort() { return port; }
    public void setPort(String v) { port = v; }
    public String getTerminal() { return terminal; }
    public void setTerminal(String v) { terminal = v; }
    public String getGate() { return gate; }
    public void setGate(String v) { gate = v; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String v) { carrier = v; }
    public String getFlight() { return flight; }
    public void setFlight(String v) { flight = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getTouchpoint() { return touchpoint; }
    public void setTouchpoint(String v) { touchpoint = v; }
    public String getAlgorithm() { return algorithm; }
    public void setAlgorithm(String v) { algorithm = v; }
    public String getDimension() { return dimension; }
    public void setDimension(String v) { dimension = v; }
}
