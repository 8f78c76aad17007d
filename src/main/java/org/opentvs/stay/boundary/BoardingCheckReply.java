package org.opentvs.stay.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opentvs.stay.entity.BoardingAnswer;

/**
 * What a carrier is told by a boarding check: its own flight, per traveler the position, the carrier's
 * reference (left out when it sent none) and the answer, and how many travelers got each answer.
 */
@JsonbPropertyOrder({"flight", "results", "counts"})
public record BoardingCheckReply(Flight flight, List<Result> results, Counts counts) {

    /** The flight as the carrier named it (upper case). */
    @JsonbPropertyOrder({"carrier", "number", "date"})
    public record Flight(String carrier, String number, LocalDate date) {
    }

    /** One traveler's answer: {@code index} is its position in the request. */
    @JsonbPropertyOrder({"index", "reference", "answer"})
    public record Result(int index, String reference, String answer) {

        static Result of(int index, String reference, BoardingAnswer answer) {
            return new Result(index, reference, answer.name());
        }
    }

    /** How many travelers got each answer, named as {@link BoardingAnswer} names them. */
    @JsonbPropertyOrder({"yes", "no", "unknown"})
    public record Counts(@JsonbProperty("YES") int yes, @JsonbProperty("NO") int no, @JsonbProperty("UNKNOWN") int unknown) {

        static Counts of(Map<BoardingAnswer, Integer> counts) {
            return new Counts(counts.getOrDefault(BoardingAnswer.YES, 0), counts.getOrDefault(BoardingAnswer.NO, 0),
                    counts.getOrDefault(BoardingAnswer.UNKNOWN, 0));
        }
    }
}
