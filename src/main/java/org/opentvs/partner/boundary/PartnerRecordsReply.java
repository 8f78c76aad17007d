package org.opentvs.partner.boundary;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The answer to a partner: whether a record was found, the fields of its agreement, and per record
 * only those fields (each present, null when the record has no value), free-form by agreement.
 */
@JsonbPropertyOrder({"partner", "found", "fields", "records"})
public record PartnerRecordsReply(String partner, boolean found, List<String> fields, List<JsonObject> records) {
}
