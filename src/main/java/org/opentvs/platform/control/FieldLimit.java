package org.opentvs.platform.control;

import java.util.List;

/**
 * The longest text each kind of input field may hold, declared once and equal to the columns it is
 * stored in (a unit test reads db-migrations/ and compares). JSON bodies and PAXLST messages are
 * checked against these before anything is written, so an overlong field is a refusal that names
 * it, never a database error.
 */
public enum FieldLimit {

    FAMILY_NAME(100, "traveler.family_name", "holding_identity.family_name", "watchlist_entry.family_name",
            "admission.family_name", "crossing.family_name"), GIVEN_NAMES(200, "traveler.given_names", "holding_identity.given_names",
                    "watchlist_entry.given_names",
                    "admission.given_names", "crossing.given_names"), COUNTRY(3, "traveler.nationality", "traveler.residence_country",
                            "traveler_document.issuing_country",
                            "holding_identity.nationality", "holding_document.issuing_country", "watchlist_entry.nationality",
                            "watchlist_document.issuing_country", "admission.nationality", "admission.document_country"), DOCUMENT_NUMBER(
                                    35, "traveler_document.number", "holding_document.number", "watchlist_document.number",
                                    "admission.document_number",
                                    "crossing.document_number"), DOCUMENT_TYPE(3, "traveler_document.type", "holding_document.type"), SEX(1,
                                            "traveler.sex", "holding_identity.sex",
                                            "admission.sex"), PLACE(100, "traveler.birth_place"), LOCATION(5, "flight.departure_airport",
                                                    "flight.arrival_airport", "traveler.embarkation", "traveler.debarkation",
                                                    "verification.port", "holding_port.port",
                                                    "admission.port"), CARRIER(3, "flight.carrier", "verification.carrier"), FLIGHT_NUMBER(
                                                            8, "flight.number", "verification.flight_number"), TRAVELER_REFERENCE(70,
                                                                    "traveler.reference"), RESERVATION(35, "traveler.reservation"), SEAT(8,
                                                                            "traveler.seat"), MESSAGE_REFERENCE(35,
                                                                                    "manifest.message_reference"), COMMON_ACCESS_REFERENCE(
                                                                                            70,
                                                                                            "manifest.common_access_reference"), MESSAGE_TYPE(
                                                                                                    40,
                                                                                                    "manifest.message_type"), DOCUMENT_CODE(
                                                                                                            6,
                                                                                                            "manifest.document_code"), DOCUMENT_QUALIFIER(
                                                                                                                    10,
                                                                                                                    "manifest.document_qualifier"), TERMINAL(
                                                                                                                            10,
                                                                                                                            "verification.terminal"), GATE(
                                                                                                                                    10,
                                                                                                                                    "verification.gate"), LANE(
                                                                                                                                            10,
                                                                                                                                            "verification.lane"), DEVICE_ID(
                                                                                                                                                    64,
                                                                                                                                                    "verification.device_id"), DEVICE_TYPE(
                                                                                                                                                            40,
                                                                                                                                                            "verification.device_type"), DEVICE_MAKE(
                                                                                                                                                                    60,
                                                                                                                                                                    "verification.device_make"), DEVICE_MODEL(
                                                                                                                                                                            60,
                                                                                                                                                                            "verification.device_model"), VEHICLE_PLATE(
                                                                                                                                                                                    16,
                                                                                                                                                                                    "verification.vehicle_plate"), VEHICLE_REGION(
                                                                                                                                                                                            8,
                                                                                                                                                                                            "verification.vehicle_region"), HOLDING_SOURCE(
                                                                                                                                                                                                    30,
                                                                                                                                                                                                    "holding_identity.source"), CLIENT_NAME(
                                                                                                                                                                                                            200,
                                                                                                                                                                                                            "api_client.name"), USERNAME(
                                                                                                                                                                                                                    100,
                                                                                                                                                                                                                    "app_user.username"), WATCHLIST_CATEGORY(
                                                                                                                                                                                                                            30,
                                                                                                                                                                                                                            "watchlist_entry.category"), EXTERNAL_REF(
                                                                                                                                                                                                                                    64,
                                                                                                                                                                                                                                    "watchlist_entry.external_ref"), CLASS_OF_ADMISSION(
                                                                                                                                                                                                                                            8,
                                                                                                                                                                                                                                            "admission.class_of_admission"), IDENT_RECORD(
                                                                                                                                                                                                                                                    64,
                                                                                                                                                                                                                                                    "ident_determination.ident_record"), SCOPE_CODES(
                                                                                                                                                                                                                                                            1000,
                                                                                                                                                                                                                                                            "api_client.carriers",
                                                                                                                                                                                                                                                            "api_client.airports",
                                                                                                                                                                                                                                                            "api_client.ports",
                                                                                                                                                                                                                                                            "app_user.carriers",
                                                                                                                                                                                                                                                            "app_user.airports",
                                                                                                                                                                                                                                                            "app_user.ports",
                                                                                                                                                                                                                                                            "api_client.partners",
                                                                                                                                                                                                                                                            "app_user.partners"), REASON(
                                                                                                                                                                                                                                                                    500,
                                                                                                                                                                                                                                                                    "hotlist_entry.reason",
                                                                                                                                                                                                                                                                    "alert.resolution",
                                                                                                                                                                                                                                                                    "recon_discrepancy.resolution");

    private final int maxLength;
    private final List<String> columns;

    FieldLimit(int maxLength, String... columns) {
        this.maxLength = maxLength;
        this.columns = List.of(columns);
    }

    public int maxLength() {
        return maxLength;
    }

    /** The {@code table.column}s holding this field. */
    public List<String> columns() {
        return columns;
    }

    public boolean admits(String value) {
        return value == null || value.length() <= maxLength;
    }
}
