package org.joinery.sources.internal;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.joinery.sources.SourceFixtures;
import org.joinery.testing.fuzz.Gen;

/**
 * A generated extract for the test source of {@link SourceFixtures} (id, forenames, surname, dob, postcode, opened,
 * closed), with what is wrong with it put in on purpose and where: so a property can check not only that bad
 * extracts are refused but that the refusal names the line and column of each problem.
 *
 * @param bytes    the file as sent
 * @param records  the same records as the API would receive them (null where the file has no such form)
 * @param rows     the number of records
 * @param expected each problem put in, with the line and column an error must name; empty for a good extract
 * @param badLine  the line of the first byte that is not UTF-8, or 0
 */
record ExtractCase(String description, byte[] bytes, List<Map<String, String>> records, int rows, List<Expected> expected,
                   int badLine) {

    /** A problem put in: an error must name this line (0 for the file as a whole) and column (null for the row). */
    record Expected(int line, String column, String what) {
        @Override
        public String toString() {
            return what + " at line " + line + (column == null ? "" : ", column " + column);
        }
    }

    static final List<String> COLUMNS = List.of(SourceFixtures.HEADER.split(","));

    boolean good() {
        return expected.isEmpty() && badLine == 0;
    }

    @Override
    public String toString() {
        return description + " expecting " + (good() ? "acceptance" : expected + (badLine > 0 ? " bad byte at line " + badLine : ""))
                + ":\n" + Gen.show(bytes);
    }

    static ExtractCase generate(Random random) {
        return new Builder(random).build();
    }

    private static final class Builder {
        private final Random random;
        private final StringBuilder text = new StringBuilder();
        private final List<Expected> expected = new ArrayList<>();
        private final List<Map<String, String>> records = new ArrayList<>();
        private final List<String> description = new ArrayList<>();
        private final String newline;
        private int line = 1;
        private boolean stopped;

        Builder(Random random) {
            this.random = random;
            this.newline = Gen.oneOf(random, "\n", "\n", "\r\n", "\r");
        }

        ExtractCase build() {
            List<String> header = new ArrayList<>(COLUMNS);
            if (Gen.chance(random, 0.3)) {
                Collections.shuffle(header, random);
                description.add("columns in another order");
            }
            boolean headerDefect = Gen.chance(random, 0.1);
            if (headerDefect && Gen.chance(random, 0.2)) {
                // A header whose quotes are broken: the reader cannot even say what the columns are.
                text.append(Gen.oneOf(random, "id,\"forenames\"x,surname", "\"id,forenames,surname", "id,forenames\"\",\"surname\"\"\"x"))
                        .append(",dob,postcode,opened,closed").append(newline);
                description.add("a header with a broken quote");
                expected.add(new Expected(1, null, "a broken quote"));
                header.clear();
            } else if (headerDefect) {
                switch (random.nextInt(5)) {
                    case 0 -> header.remove(random.nextInt(header.size()));
                    case 1 -> header.add(random.nextInt(header.size() + 1), Gen.oneOf(random, "notes", "ID", " id", "dob2", "é"));
                    case 2 -> header.add(header.get(random.nextInt(header.size())));
                    case 3 -> header.clear();
                    default -> header = new ArrayList<>(List.of("", ""));
                }
                description.add("header " + header);
                expected.add(new Expected(header.isEmpty() ? 0 : 1, null, "a header that does not fit"));
            }
            if (!header.isEmpty()) {
                writeRow(header);
            }
            int rows = headerDefect && header.isEmpty() ? 0 : random.nextInt(Gen.chance(random, 0.1) ? 200 : 20);
            List<String> ids = new ArrayList<>();
            for (int row = 1; row <= rows; row++) {
                if (Gen.chance(random, 0.05)) {
                    text.append(newline); // a blank line, skipped
                    line++;
                }
                Map<String, String> record = goodRecord(row, ids);
                boolean broken = !headerDefect && !stopped && Gen.chance(random, 0.02);
                String defect = headerDefect || stopped || broken ? null : rowDefect(record, ids);
                List<String> cells = new ArrayList<>();
                for (String column : header) {
                    cells.add(record.getOrDefault(column, ""));
                }
                if ("missing field".equals(defect)) {
                    cells.remove(cells.size() - 1);
                } else if ("extra field".equals(defect)) {
                    cells.add("extra");
                }
                if (broken) {
                    brokenQuote(cells);
                    continue;
                }
                if (!"missing field".equals(defect) && !"extra field".equals(defect)) {
                    ids.add(record.get("id")); // only a row of the right shape has its ID read
                }
                records.add(record);
                writeRow(cells);
            }
            if (Gen.chance(random, 0.5) && text.length() > 0) {
                // no line break after the last row
                text.setLength(text.length() - newline.length());
            }
            String body = text.toString();
            Encoding encoding = encoding(body);
            return new ExtractCase(String.join("; ", description), encoding.bytes, headerDefect || stopped ? null : records,
                    records.size(), List.copyOf(expected), encoding.badLine);
        }

        private Map<String, String> goodRecord(int row, List<String> ids) {
            Map<String, String> record = new LinkedHashMap<>();
            record.put("id", Gen.chance(random, 0.1) ? Gen.printable(Gen.text(random, 12)).replaceAll("[\\n\\t]", "").strip() + "-" + row : "R" + row);
            record.put("forenames", name());
            record.put("surname", name());
            record.put("dob", Gen.chance(random, 0.3) ? "" : date());
            record.put("postcode", Gen.oneOf(random, "", "E1 6AN", "RM10 9AP", "sw1a1aa", "=1+2", "ZZ"));
            record.put("opened", Gen.chance(random, 0.5) ? "" : Gen.chance(random, 0.5) ? date() : isoDate());
            record.put("closed", Gen.chance(random, 0.7) ? "" : date());
            return record;
        }

        /** A name as systems send them: any script, quotes, commas, line breaks, formulas; never control characters. */
        private String name() {
            String name = switch (random.nextInt(6)) {
                case 0 -> Gen.oneOf(random, "=HYPERLINK(\"http://x\")", "+44", "-1", "@SUM(A1)", "O'Brien", "Smith, Jr", "\"Bob\"");
                case 1 -> "Line one\nline two";
                default -> Gen.text(random, 60);
            };
            name = Gen.printable(name);
            return name.length() > 200 ? name.substring(0, 150) : name;
        }

        private String date() {
            return String.format("%02d/%02d/%04d", 1 + random.nextInt(28), 1 + random.nextInt(12), 1900 + random.nextInt(125));
        }

        private String isoDate() {
            return String.format("%04d-%02d-%02d", 1950 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }

        /** Puts one problem in the record (or in the row's shape), perhaps, and says which. */
        private String rowDefect(Map<String, String> record, List<String> ids) {
            if (!Gen.chance(random, 0.15)) {
                return null;
            }
            String what;
            String column;
            switch (random.nextInt(10)) {
                case 0 -> {
                    what = "empty record ID";
                    column = "id";
                    record.put("id", "");
                }
                case 1 -> {
                    if (ids.isEmpty()) {
                        return null;
                    }
                    what = "a record ID used twice";
                    column = "id";
                    record.put("id", Gen.oneOf(random, ids));
                }
                case 2 -> {
                    what = "a date of birth that is not a date";
                    column = "dob";
                    record.put("dob", Gen.oneOf(random, "31/02/1980", "1980-13-01", "00/01/1980", "yesterday", "01/01/12345",
                            "1/1/80", "29/02/1981", "01/01/-200", "٠١/٠١/١٩٨٠", "01/01/1980 " + "x".repeat(5000)));
                }
                case 3 -> {
                    what = "an opened date that is not a date";
                    column = "opened";
                    record.put("opened", Gen.oneOf(random, "2020-02-30", "32/01/2020", "2020/01/01", "01/01/99999", "soon"));
                }
                case 4 -> {
                    what = "missing field";
                    column = null;
                }
                case 5 -> {
                    what = "extra field";
                    column = null;
                }
                case 6 -> {
                    what = "a name too long";
                    column = "forenames";
                    record.put("forenames", "N".repeat(201 + random.nextInt(100_000)));
                }
                case 7 -> {
                    what = "a postcode too long";
                    column = "postcode";
                    record.put("postcode", "E1 6AN E1 6AN");
                }
                case 8 -> {
                    what = "a record ID too long";
                    column = "id";
                    record.put("id", "K".repeat(201 + random.nextInt(1000)));
                }
                default -> {
                    what = "a control character in a name";
                    column = "surname";
                    char control = Gen.oneOf(random, '\u0000', '\u0001', '\u001B', '\u007F', '\u0085', '\u000B');
                    record.put("surname", "Smi" + control + "th");
                }
            }
            description.add(what + " on line " + line);
            expected.add(new Expected(line, column, what));
            return what;
        }

        /** A quote that never closes, or text after a closing quote: the reader stops there. */
        private void brokenQuote(List<String> cells) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                row.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
            }
            boolean unclosed = random.nextBoolean();
            row.append(unclosed ? ",\"never closed" : ",\"closed\"then text");
            description.add((unclosed ? "a quote never closed" : "text after a closing quote") + " on line " + line);
            expected.add(new Expected(line, null, "a broken quote"));
            text.append(row).append(newline);
            stopped = true;
        }

        private void writeRow(List<String> cells) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                row.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
                line += newlines(cells.get(i));
            }
            text.append(row).append(newline);
            line++;
        }

        /** Quotes what must be quoted, and sometimes what need not be; unquoted values are trimmed by the reader. */
        private String quote(String value) {
            boolean needs = value.isEmpty() ? false : value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                    || !value.equals(value.trim()) || value.startsWith("\uFEFF");
            return needs || Gen.chance(random, 0.2) ? '"' + value.replace("\"", "\"\"") + '"' : value;
        }

        private static int firstMalformed(byte[] bytes) {
            java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
            ByteBuffer in = ByteBuffer.wrap(bytes);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            return result.isError() ? in.position() : -1;
        }

        private static int newlines(String value) {
            return (int) value.chars().filter(c -> c == '\n').count();
        }

        private record Encoding(byte[] bytes, int badLine) {
        }

        /** UTF-8 mostly, with or without a byte-order mark; sometimes Latin-1 or UTF-16, which must be refused. */
        private Encoding encoding(String body) {
            int pick = random.nextInt(10);
            if (pick < 6) {
                return new Encoding(body.getBytes(StandardCharsets.UTF_8), 0);
            }
            if (pick < 8) {
                description.add("UTF-8 with a byte-order mark");
                return new Encoding(("\uFEFF" + body).getBytes(StandardCharsets.UTF_8), 0);
            }
            if (pick < 9) {
                description.add("Latin-1");
                byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
                int badLine = 0;
                int lineOfByte = 1;
                // Two Latin-1 bytes can make one UTF-8 character ("Ã©" is "é"): the first byte UTF-8 cannot read is what counts.
                int bad = firstMalformed(bytes);
                for (int i = 0; i < bytes.length; i++) {
                    if (i == bad) {
                        badLine = lineOfByte;
                        break;
                    }
                    // A line ends at LF, CRLF or a CR alone, as the CSV reader counts them.
                    boolean crAlone = bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n');
                    lineOfByte += bytes[i] == '\n' || crAlone ? 1 : 0;
                }
                // Where no byte is past ASCII, characters Latin-1 lacks became '?' and the problems put in stay where they were.
                return new Encoding(bytes, badLine);
            }
            description.add("UTF-16 with a byte-order mark");
            Charset utf16 = random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            ByteBuffer encoded = utf16.encode("\uFEFF" + body);
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return new Encoding(bytes, 1);
        }
    }
}
