package org.opentvs.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.opentvs.partner.entity.RecordField;

class PartnerAgreementsTest {

    @Test
    void fieldsByTheirAnswerNamesUnknownOnesNeverWiden() {
        assertEquals(EnumSet.of(RecordField.ENTRY_DATE, RecordField.EXIT_DATE, RecordField.PORT),
                PartnerAgreements.parse("CAN", " entryDate, exitdate ,port,familyName,"));
        assertTrue(PartnerAgreements.parse("GBR", "none").isEmpty());
        assertTrue(PartnerAgreements.parse("AUS", "").isEmpty());
    }
}
