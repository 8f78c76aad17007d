package org.opentvs.stay.entity;

import java.time.LocalDate;

/** How a person is asked about: a travel document (number and issuing country) and the holder's date of birth. */
public record DocumentKey(String number, String country, LocalDate dateOfBirth) {
}
