package io.posestate.audit.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.audit.api.EstateSource;
import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.EstateFile;
import io.posestate.exchange.EstateLoader;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.Reject;
import io.posestate.exchange.TerminalRow;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryFactory;

/**
 * The registry of a store as an audit's estate: the registry exports its four files (formats.md) to a temporary
 * folder and they are read back with the same loader the audit uses for a data folder, so both paths apply the
 * same rules. The folder is deleted afterwards.
 */
@Component(service = EstateSource.class)
public final class RegistryEstateSource implements EstateSource {

    private RegistryFactory registries;

    @Reference
    public void setRegistries(RegistryFactory registries) {
        this.registries = registries;
    }

    @Override
    public Snapshot load(String location) throws IOException {
        Path tmp = Files.createTempDirectory("posestate-audit-registry");
        try (EstateRegistry registry = registries.open(location)) {
            registry.exportTo(tmp);
            List<Reject> rejects = new ArrayList<>();
            Map<String, MerchantRow> merchants = EstateLoader.loadMerchants(
                    tmp.resolve(EstateFile.MERCHANTS.fileName()), rejects::add);
            Map<String, TerminalRow> terminals = EstateLoader.loadTerminals(
                    tmp.resolve(EstateFile.TERMINALS.fileName()), merchants::containsKey, rejects::add);
            Map<String, PhoneStatusRow> phones = EstateLoader.latestPhoneStatus(
                    tmp.resolve(EstateFile.PHONE_STATUS.fileName()), rejects::add);
            Set<String> licensed = new HashSet<>();
            EstateCsv.readLicensedAcquirers(tmp.resolve(EstateFile.LICENSED_ACQUIRERS.fileName()),
                    a -> licensed.add(a.acquirerCode()), rejects::add);
            if (!rejects.isEmpty()) {
                Reject r = rejects.get(0);
                throw new IOException("the registry of store " + registry.location() + " does not read back: "
                        + r.file() + " line " + r.line() + ": " + r.reason());
            }
            return new Snapshot(merchants, terminals, phones, licensed, "store " + registry.location());
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
