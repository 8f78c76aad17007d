package org.opentvs.reporting.entity;

/** Traveler demographics a report can be split by, as SQL over report_demographic (alias d) and report_region (r). */
public enum Dimension {

    AGE_BAND("Age band", "d.age_band"), SEX("Sex",
            "case d.sex when 'M' then 'Male' when 'F' then 'Female' when 'X' then 'Unspecified (X)' else 'Not given' end"), NATIONALITY(
                    "Nationality", "case when d.nationality = '' then 'Not given' else d.nationality end"), REGION("Region",
                            "coalesce(r.region, 'Other')"), CITIZENSHIP("Citizenship",
                                    "case when d.us_citizen then 'US citizen' else 'Not a US citizen' end");

    private final String label;
    private final String expression;

    Dimension(String label, String expression) {
        this.label = label;
        this.expression = expression;
    }

    public String label() {
        return label;
    }

    public String expression() {
        return expression;
    }

    public static Dimension parse(String value, Dimension fallback) {
        for (Dimension d : values()) {
            if (d.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return d;
            }
        }
        return fallback;
    }
}
