package org.joinery.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * manifest.json: what was generated, from which options, and every file's row count and SHA-256.
 * It is written last, so a folder with a manifest holds a complete borough. It holds no times, so
 * equal options give an equal manifest.
 */
final class Manifest {

    private static final Pattern OPTIONS = Pattern.compile("\"options\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern VERSION = Pattern.compile("\"generatorVersion\"\\s*:\\s*\"([^\"]*)\"");

    private Manifest() {
    }

    static void write(Path manifest, BoroughOptions options, long households, List<WrittenFile> extracts, WrittenFile truth,
            WrittenFile[] summary, ErrorRates rates, ErrorTally tally) throws IOException {
        StringBuilder json = new StringBuilder(8192);
        json.append("{\n");
        field(json, 1, "generator", "joinery-synth").append(",\n");
        field(json, 1, "generatorVersion", Borough.GENERATOR_VERSION).append(",\n");
        field(json, 1, "options", options.canonical()).append(",\n");
        indent(json, 1).append("\"seed\": ").append(options.seed()).append(",\n");
        indent(json, 1).append("\"residents\": ").append(options.residents()).append(",\n");
        indent(json, 1).append("\"households\": ").append(households).append(",\n");
        field(json, 1, "periodStart", Period.START.toString()).append(",\n");
        field(json, 1, "periodEnd", Period.END.toString()).append(",\n");
        indent(json, 1).append("\"sources\": [\n");
        for (int i = 0; i < extracts.size(); i++) {
            SyntheticSource source = options.sources().get(i);
            WrittenFile file = extracts.get(i);
            indent(json, 2).append("{\n");
            field(json, 3, "source", source.slug()).append(",\n");
            field(json, 3, "organisation", source.organisation()).append(",\n");
            file(json, 3, file).append(",\n");
            indent(json, 3).append("\"errors\": {\n");
            ErrorType[] types = ErrorType.values();
            for (int t = 0; t < types.length; t++) {
                ErrorType type = types[t];
                indent(json, 4).append('"').append(type.optionName()).append("\": {\"rate\": ")
                        .append(String.format(Locale.ROOT, "%.4f", rates.rate(source, type)))
                        .append(", \"possible\": ").append(tally.eligible(source, type))
                        .append(", \"made\": ").append(tally.applied(source, type)).append('}')
                        .append(t + 1 < types.length ? ",\n" : "\n");
            }
            indent(json, 3).append("}\n");
            indent(json, 2).append('}').append(i + 1 < extracts.size() ? ",\n" : "\n");
        }
        indent(json, 1).append("],\n");
        indent(json, 1).append("\"truth\": {");
        file(json, 0, truth).append("},\n");
        indent(json, 1).append("\"summary\": [\n");
        for (int i = 0; i < summary.length; i++) {
            indent(json, 2).append('{');
            file(json, 0, summary[i]).append('}').append(i + 1 < summary.length ? ",\n" : "\n");
        }
        indent(json, 1).append("]\n");
        json.append("}\n");
        Files.writeString(manifest, json, StandardCharsets.UTF_8);
    }

    /** The canonical options a manifest was written for, or null if it is not a manifest of this generator version. */
    static String optionsIn(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Matcher version = VERSION.matcher(json);
        Matcher options = OPTIONS.matcher(json);
        if (!version.find() || !version.group(1).equals(Borough.GENERATOR_VERSION) || !options.find()) {
            return null;
        }
        return options.group(1);
    }

    private static StringBuilder file(StringBuilder json, int depth, WrittenFile file) {
        String separator = depth == 0 ? ", " : ",\n";
        field(json, depth, "file", file.path()).append(separator);
        indent(json, depth).append("\"rows\": ").append(file.rows()).append(separator);
        return field(json, depth, "sha256", file.sha256());
    }

    private static StringBuilder field(StringBuilder json, int depth, String name, String value) {
        return indent(json, depth).append('"').append(name).append("\": \"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }

    private static StringBuilder indent(StringBuilder json, int depth) {
        return json.append("  ".repeat(depth));
    }
}
