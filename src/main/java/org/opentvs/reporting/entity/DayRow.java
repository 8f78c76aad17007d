package org.opentvs.reporting.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** One day of the trend: the three headline rates. */
public record DayRow(LocalDate day, Proportion capture, Proportion match, Proportion confirmation) implements Serializable {
}
