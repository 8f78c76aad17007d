package org.opentvs.it;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Builds PAXLST D05B messages as carriers send them, for tests and benchmarks. */
public final class Paxlst {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public record Person(String family, String given, String dob, String sex, String nationality, String reference,
            String document, String issuer) {
    }

    private final String carrier;
    private final String number;
    private final LocalDate date;
    private String from = "SFO";
    private String to = "YVR";
    private String bgm = "745";
    private String part = "01:F";
    private final List<Person> people = new ArrayList<>();

    public Paxlst(String carrier, String number, LocalDate date) {
        this.carrier = carrier;
        this.number = number;
        this.date = date;
    }

    public Paxlst route(String from, String to) {
        this.from = from;
        this.to = to;
        return this;
    }

    public Paxlst bgm(String bgm) {
        this.bgm = bgm;
        return this;
    }

    public Paxlst part(String part) {
        this.part = part;
        return this;
    }

    public Paxlst add(Person person) {
        people.add(person);
        return this;
    }

    public Paxlst addAll(List<Person> persons) {
        people.addAll(persons);
        return this;
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.ISO_8859_1);
    }

    public String text() {
        String y = date.format(YYMMDD);
        String ref = "M" + carrier + number + part.replace(":", "");
        List<String> segs = new ArrayList<>(List.of("UNH+" + ref + "+PAXLST:D:05B:UN:IATA+" + carrier + number + "/" + y + "/0800+" + part,
                "BGM+" + bgm, "NAD+MS+++OPENTVS:TEST", "TDT+20+" + carrier + number + "+++" + carrier, "LOC+125+" + from,
                "DTM+189:" + y + "0800:201", "LOC+87+" + to, "DTM+232:" + y + "1000:201"));
        for (Person p : people) {
            segs.addAll(List.of("NAD+FL+++" + p.family() + ":" + p.given(), "ATT+2++" + p.sex(), "DTM+329:" + p.dob(),
                    "NAT+2+" + p.nationality(), "RFF+ABO:" + p.reference(), "DOC+P:110:111+" + p.document(), "DTM+36:320101",
                    "LOC+91+" + p.issuer()));
        }
        segs.add("CNT+42:" + people.size());
        StringBuilder text = new StringBuilder("UNA:+.? 'UNB+UNOA:4+" + carrier + "AIR:ZZ+USCSAPIS:ZZ+" + y + ":0700+" + ref
                + "++APIS'UNG+PAXLST+" + carrier + "AIR:ZZ+USCSAPIS:ZZ+" + y + ":0700+" + ref + "+UN+D:05B'");
        segs.forEach(s -> text.append(s).append('\''));
        text.append("UNT+").append(segs.size() + 1).append('+').append(ref).append("'UNE+1+").append(ref).append("'UNZ+1+").append(ref)
                .append('\'');
        return text.toString();
    }
}
