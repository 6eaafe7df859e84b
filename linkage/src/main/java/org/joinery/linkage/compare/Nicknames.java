package org.joinery.linkage.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.joinery.linkage.LinkageException;

/**
 * Given names and their nicknames (pseudopeople's table, BSD-3-Clause, see NOTICE). Each given name is a group;
 * a name belongs to its own group and to the group of every name it is a nickname of, so "bob" and "robert"
 * share a group, and so do "bob" and "bobby".
 */
public final class Nicknames {

    private static final Nicknames STANDARD = load();
    private final Map<String, int[]> groups;

    private Nicknames(Map<String, int[]> groups) {
        this.groups = groups;
    }

    public static Nicknames standard() {
        return STANDARD;
    }

    /** The sorted group IDs of a normalised name, or null when it is in no group. */
    public int[] groups(String normalisedName) {
        return normalisedName == null ? null : groups.get(normalisedName);
    }

    public boolean related(String a, String b) {
        return share(groups(Normaliser.compact(a)), groups(Normaliser.compact(b)));
    }

    /** Whether two sorted group lists have a group in common. */
    public static boolean share(int[] a, int[] b) {
        if (a == null || b == null) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static Nicknames load() {
        Map<String, TreeSet<Integer>> sets = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("/org/joinery/linkage/nicknames.csv")) {
            if (in == null) {
                throw new LinkageException("the nicknames table is missing from the linkage library");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            int group = 0;
            while ((line = reader.readLine()) != null) {
                List<String> names = new ArrayList<>();
                for (String cell : line.split(",")) {
                    String name = Normaliser.compact(cell);
                    if (name != null) {
                        names.add(name);
                    }
                }
                for (String name : names) {
                    sets.computeIfAbsent(name, n -> new TreeSet<>()).add(group);
                }
                group++;
            }
        } catch (IOException e) {
            throw new LinkageException("could not read the nicknames table", e);
        }
        Map<String, int[]> groups = new HashMap<>();
        sets.forEach((name, set) -> groups.put(name, set.stream().mapToInt(Integer::intValue).toArray()));
        return new Nicknames(groups);
    }

    @Override
    public String toString() {
        return "Nicknames" + Arrays.toString(new int[] {groups.size()});
    }
}
