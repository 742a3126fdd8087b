package io.posestate.lifecycle.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.posestate.lifecycle.LifecycleException;
import io.posestate.model.Merchant;
import io.posestate.model.PhoneStatus;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.FileImport;

/** Phones learnt to be cancelled from SMS receipts, recorded through the registry's phone_status import. */
final class CancelledPhones {
    private CancelledPhones() {
    }

    /** Records the phone as CANCELLED (source SMS_RECEIPT) unless the registry already has it so. */
    static void record(EstateRegistry registry, String phone, String actor) {
        boolean known = registry.merchantsByPhone(phone).stream().map(Merchant::getPhone)
                .anyMatch(p -> p != null && phone.equals(p.getNumber()) && p.getStatus() == PhoneStatus.CANCELLED);
        if (known) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("posestate-receipt");
            Path file = dir.resolve("phone_status.csv");
            try {
                Files.writeString(file, "phone,status,since,source\n" + phone + ",CANCELLED,"
                        + LocalDate.now(ZoneOffset.UTC) + ",SMS_RECEIPT\n", StandardCharsets.UTF_8);
                FileImport result = registry.importFile(file, actor);
                if (result.rejected() > 0) {
                    throw new LifecycleException("Phone " + Masks.phone(phone) + " could not be marked CANCELLED: "
                            + result.rejects().get(0).reason());
                }
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new LifecycleException("Cannot record phone " + Masks.phone(phone) + " as CANCELLED: "
                    + e.getMessage(), e);
        }
    }
}
