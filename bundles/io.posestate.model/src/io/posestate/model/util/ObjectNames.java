package io.posestate.model.util;

import org.eclipse.emf.ecore.EObject;

import io.posestate.model.Acquirer;
import io.posestate.model.Estate;
import io.posestate.model.Evidence;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.Merchant;
import io.posestate.model.Phone;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalModel;

/**
 * Names estate objects by their key for messages, e.g. "Terminal SN-000123", "Merchant 110123456780001",
 * "Phone 138****5678" (phone numbers masked). Display labels for viewers come from the edit bundle's item providers.
 */
public final class ObjectNames {

    private ObjectNames() {
    }

    public static String of(EObject object) {
        if (object == null) {
            return "(none)";
        }
        if (object instanceof Terminal terminal) {
            return keyed("Terminal", terminal.getSerialNumber(), "no serial number");
        }
        if (object instanceof Merchant merchant) {
            if (Codes.isEmpty(merchant.getMerchantNo()) && !Codes.isEmpty(merchant.getName())) {
                return "Merchant '" + merchant.getName() + "'";
            }
            return keyed("Merchant", merchant.getMerchantNo(), "no merchant number");
        }
        if (object instanceof Phone phone) {
            return keyed("Phone", Masking.maskPhone(phone.getNumber()), "no number");
        }
        if (object instanceof Acquirer acquirer) {
            return keyed("Acquirer", acquirer.getCode(), "no code");
        }
        if (object instanceof TerminalModel model) {
            return keyed("Terminal model", join(model.getVendor(), model.getModel()), "unnamed");
        }
        if (object instanceof Estate estate) {
            return keyed("Estate", estate.getName(), "unnamed");
        }
        if (object instanceof LifecycleEvent || object instanceof Evidence) {
            String kind = object instanceof LifecycleEvent ? "Lifecycle event" : "Evidence";
            EObject owner = object.eContainer();
            return owner == null ? kind : kind + " of " + of(owner);
        }
        return object.eClass().getName();
    }

    /** Joins the non-empty parts with a space; empty string if none. */
    public static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!Codes.isEmpty(part)) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(part);
            }
        }
        return joined.toString();
    }

    private static String keyed(String kind, String key, String absent) {
        return Codes.isEmpty(key) ? kind + " (" + absent + ")" : kind + " " + key;
    }
}
