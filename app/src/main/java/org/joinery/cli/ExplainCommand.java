package org.joinery.cli;

import java.util.concurrent.Callable;
import org.joinery.linkage.LinkageSession;
import org.joinery.linkage.explain.Waterfall;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show why two records score what they do: the match-weight waterfall, as text or JSON.")
public class ExplainCommand implements Callable<Integer> {

    @Mixin
    LinkageOptions options;

    @Option(names = "--left", required = true, paramLabel = "SOURCE:ID", description = "The first record.")
    String left;

    @Option(names = "--right", required = true, paramLabel = "SOURCE:ID", description = "The second record.")
    String right;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        return LinkageOptions.run(() -> {
            Waterfall waterfall = options.open().explain(left, right);
            if (json) {
                JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
                System.out.println(mapper.writeValueAsString(waterfall.toJson(mapper)));
            } else {
                System.out.print(waterfall.toText());
            }
            return 0;
        });
    }
}
