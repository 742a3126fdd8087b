package io.posestate.lifecycle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.posestate.lifecycle.KnowledgeEntry;

/**
 * The knowledge base of solved service tickets (symptom -> cause -> fix). Search ranks entries by how many words
 * of the query (two letters or more; CJK text by character pairs) their lower-cased text contains.
 */
final class Knowledge {
    private Knowledge() {
    }

    static void add(Connection c, KnowledgeEntry e) throws SQLException {
        Sql.update(c, "INSERT INTO knowledge_entry (symptom, cause, fix, model, case_id, search_text, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", e.symptom(), e.cause(), e.fix(), e.model(), e.caseId(),
                (e.symptom() + " " + e.cause() + " " + e.fix() + " " + e.model()).toLowerCase(Locale.ROOT),
                Sql.now());
    }

    static List<KnowledgeEntry> search(Connection c, String text) throws SQLException {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? " WHERE " : " OR ").append("search_text LIKE ?");
        }
        record Hit(KnowledgeEntry entry, long score) {
        }
        List<Hit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, symptom, cause, fix, model, case_id, search_text"
                + " FROM knowledge_entry" + where + " ORDER BY id")) {
            for (int i = 0; i < words.size(); i++) {
                ps.setString(i + 1, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String searchText = rs.getString("search_text");
                    long caseId = rs.getLong("case_id");
                    Long caseRef = rs.wasNull() ? null : caseId;
                    long score = words.stream().filter(searchText::contains).count();
                    hits.add(new Hit(new KnowledgeEntry(rs.getLong("id"), rs.getString("symptom"), rs.getString("cause"),
                            rs.getString("fix"), rs.getString("model"), caseRef), score));
                }
            }
        }
        hits.sort(Comparator.comparingLong(Hit::score).reversed().thenComparing(h -> -h.entry().id()));
        return hits.stream().map(Hit::entry).toList();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                for (int i = 0; i + 1 < w.length(); i++) {
                    words.add(w.substring(i, i + 2));
                }
            } else if (w.length() >= 2 && !Arrays.asList("the", "and", "not", "of", "on", "is", "it").contains(w)) {
                words.add(w);
            }
        }
        return words.stream().distinct().toList();
    }
}
