import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The nine audit rules of formats.md as DuckDB SQL over the same CSV files, for the audit benchmark. Run outside
 * OSGi as a single-file program: {@code java -cp duckdb_jdbc.jar DuckDbAudit.java DATA_DIR AS_OF OUT_CSV}.
 * Writes the findings without the free-text detail (rule,severity,serial_number,merchant_no,count,first_time,
 * last_time), sorted as formats.md says, and prints {@code duckdb_ms=N} (load + rules + write) and
 * {@code duckdb_cpu_ms=N} (CPU time of all its threads meanwhile).
 * Assumes valid input (the generator writes no rejects) and unique transaction times (no ties to break).
 */
public class DuckDbAudit {

    static final String SQL = """
        CREATE TEMP TABLE m AS SELECT * FROM read_csv('${dir}/merchants.csv', header=true, all_varchar=true);
        CREATE TEMP TABLE t AS SELECT * FROM read_csv('${dir}/terminals.csv', header=true, all_varchar=true);
        CREATE TEMP TABLE lic AS SELECT * FROM read_csv('${dir}/licensed_acquirers.csv', header=true, all_varchar=true);
        CREATE TEMP TABLE ps AS SELECT *, row_number() OVER () AS rn
            FROM read_csv('${dir}/phone_status.csv', header=true, all_varchar=true);
        CREATE TEMP TABLE x AS SELECT txn_id, "time" AS ts, CAST("time" AS TIMESTAMPTZ) AS inst,
            CAST(substr("time", 1, 10) AS DATE) AS day, serial_number, merchant_no, location_region,
            CAST(amount AS DECIMAL(18,2)) AS amount, cvm, signature_ref, result
            FROM read_csv('${dir}/transactions.csv', header=true, all_varchar=true);
        CREATE TEMP TABLE f AS
        SELECT 'CODE_JUMP' AS rule,
               CASE WHEN bool_or(substr(x.merchant_no, 4, 8) <> substr(t.merchant_no, 4, 8)) THEN 'CRITICAL'
                    ELSE 'WARNING' END AS severity,
               x.serial_number, t.merchant_no, count(*) AS cnt, arg_min(x.ts, x.inst) AS first_time,
               arg_max(x.ts, x.inst) AS last_time, min(x.inst) AS first_inst
          FROM x JOIN t ON x.serial_number = t.serial_number
         WHERE x.result = 'APPROVED' AND t.merchant_no IS NOT NULL AND x.merchant_no <> t.merchant_no
         GROUP BY x.serial_number, t.merchant_no
        UNION ALL
        SELECT 'RELOCATED', 'WARNING', x.serial_number, t.merchant_no, count(*), arg_min(x.ts, x.inst),
               arg_max(x.ts, x.inst), min(x.inst)
          FROM x JOIN t ON x.serial_number = t.serial_number
         WHERE x.result = 'APPROVED' AND x.location_region IS NOT NULL
           AND (t.deployed_region IS NULL OR x.location_region <> t.deployed_region)
         GROUP BY x.serial_number, t.merchant_no
        UNION ALL
        SELECT 'UNSIGNED', 'WARNING', x.serial_number, t.merchant_no, count(*), arg_min(x.ts, x.inst),
               arg_max(x.ts, x.inst), min(x.inst)
          FROM x JOIN t ON x.serial_number = t.serial_number
         WHERE x.result = 'APPROVED' AND x.cvm = 'NONE' AND x.amount > 1000.00
         GROUP BY x.serial_number, t.merchant_no
        UNION ALL
        SELECT 'DUPLICATE_SIGNATURE', 'CRITICAL', arg_min(serial_number, inst), arg_min(merchant_no, inst), count(*),
               arg_min(ts, inst), arg_max(ts, inst), min(inst)
          FROM x WHERE signature_ref IS NOT NULL
         GROUP BY signature_ref HAVING count(DISTINCT txn_id) >= 2
        UNION ALL
        SELECT 'DORMANT', CASE WHEN date_diff('day', since, DATE '${asof}') > 365 THEN 'CRITICAL' ELSE 'WARNING' END,
               serial_number, merchant_no, NULL, NULL, NULL, NULL
          FROM (SELECT t.serial_number, t.merchant_no, COALESCE(lastok.day, CAST(t.activated_at AS DATE)) AS since
                  FROM t LEFT JOIN (SELECT serial_number, arg_max(day, inst) AS day FROM x WHERE result = 'APPROVED'
                                     GROUP BY serial_number) lastok ON lastok.serial_number = t.serial_number
                 WHERE t.state = 'ACTIVE') d
         WHERE since IS NOT NULL AND date_diff('day', since, DATE '${asof}') > 90
        UNION ALL
        SELECT 'FAILURE_SPIKE', 'CRITICAL', s.serial_number, t.merchant_no, s.cnt, s.first_time, s.last_time, s.first_inst
          FROM (SELECT serial_number, day, count(*) AS cnt, count(*) FILTER (WHERE result = 'FAILED') AS failed,
                       arg_min(ts, inst) AS first_time, arg_max(ts, inst) AS last_time, min(inst) AS first_inst
                  FROM x GROUP BY serial_number, day) s
          LEFT JOIN t ON t.serial_number = s.serial_number
         WHERE s.cnt >= 20 AND 2 * s.failed >= s.cnt
        UNION ALL
        SELECT 'CANCELLED_PHONE', CASE WHEN m.backup_phone IS NULL AND m.email IS NULL THEN 'CRITICAL' ELSE 'WARNING' END,
               NULL, m.merchant_no, NULL, NULL, NULL, NULL
          FROM m JOIN (SELECT phone, status FROM (SELECT phone, status, row_number() OVER (PARTITION BY phone
                         ORDER BY CAST(since AS DATE) DESC, rn DESC) AS k FROM ps) WHERE k = 1) p ON p.phone = m.phone
         WHERE p.status = 'CANCELLED'
        UNION ALL
        SELECT 'UNLICENSED_ACQUIRER', 'CRITICAL', NULL, m.merchant_no, NULL, NULL, NULL, NULL
          FROM m WHERE m.acquirer_code NOT IN (SELECT acquirer_code FROM lic)
        UNION ALL
        SELECT 'UNKNOWN_TERMINAL', 'WARNING', x.serial_number, NULL, count(*), arg_min(x.ts, x.inst),
               arg_max(x.ts, x.inst), min(x.inst)
          FROM x ANTI JOIN t ON x.serial_number = t.serial_number
         GROUP BY x.serial_number;
        COPY (SELECT rule, severity, serial_number, merchant_no, cnt AS count, first_time, last_time FROM f
               ORDER BY rule, serial_number NULLS FIRST, merchant_no NULLS FIRST, first_inst NULLS FIRST)
          TO '${out}' (HEADER, DELIMITER ',')
        """;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -cp duckdb_jdbc.jar DuckDbAudit.java DATA_DIR AS_OF OUT_CSV");
            System.exit(2);
        }
        String dir = Path.of(args[0]).toAbsolutePath().toString().replace("'", "''");
        String out = Path.of(args[2]).toAbsolutePath().toString().replace("'", "''");
        Files.deleteIfExists(Path.of(args[2]));
        long t0 = System.nanoTime();
        long cpu0 = cpuMillis();
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String sql : SQL.replace("${dir}", dir).replace("${asof}", args[1]).replace("${out}", out).split(";\n")) {
                s.execute(sql);
            }
        }
        System.out.println("duckdb_ms=" + (System.nanoTime() - t0) / 1_000_000);
        System.out.println("duckdb_cpu_ms=" + (cpuMillis() - cpu0));
    }

    /** CPU time of this process so far (all threads, native ones included). */
    static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    }
}
