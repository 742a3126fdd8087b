package io.posestate.lifecycle.internal.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.UsageException;
import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleFactory;

/**
 * Command-line helpers of the lifecycle commands: repeatable options ({@code --evidence KIND=REF},
 * {@code --set NAME=VALUE}) taken out before the usual option parsing, evidence files hashed, the store opened.
 */
final class Words {
    static final String STORE = "store";

    private Words() {
    }

    /** Removes every {@code --name VALUE} from words; returns the values in order. */
    static List<String> takeAll(List<String> words, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < words.size();) {
            if (words.get(i).equals("--" + name)) {
                if (i + 1 >= words.size()) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                values.add(words.remove(i + 1));
                words.remove(i);
            } else {
                i++;
            }
        }
        return values;
    }

    static Map<String, String> pairs(List<String> items, String option) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                throw new UsageException("--" + option + " takes NAME=VALUE, not \"" + item + "\"");
            }
            map.put(item.substring(0, eq).strip(), item.substring(eq + 1));
        }
        return map;
    }

    /** Evidence {@code KIND=REFERENCE}; a reference naming an existing file is kept with its SHA-256. */
    static List<EvidenceRef> evidence(List<String> items) throws IOException {
        List<EvidenceRef> evidence = new ArrayList<>();
        for (Map.Entry<String, String> e : pairs(items, "evidence").entrySet()) {
            Path file = Path.of(e.getValue());
            String sha = Files.isRegularFile(file) ? sha256(file) : null;
            evidence.add(new EvidenceRef(e.getKey(), e.getValue(), sha));
        }
        return evidence;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Lifecycle open(CliContext context, String store) {
        return context.service(LifecycleFactory.class).open(store);
    }

    static long id(String word) {
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw new UsageException("a case id is a number, not \"" + word + "\"");
        }
    }
}
