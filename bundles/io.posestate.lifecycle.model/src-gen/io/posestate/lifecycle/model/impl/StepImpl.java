/**
 */
package io.posestate.lifecycle.model.impl;

import io.posestate.lifecycle.model.Approval;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CasesPackage;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.model.StepStatus;

import io.posestate.model.Evidence;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getCase <em>Case</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getRequiredEvidence <em>Required Evidence</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#isNeedsApproval <em>Needs Approval</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getActor <em>Actor</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getTime <em>Time</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getNote <em>Note</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.StepImpl#getApprovals <em>Approvals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends MinimalEObjectImpl.Container implements Step {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredEvidence() <em>Required Evidence</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requiredEvidence;

	/**
	 * The default value of the '{@link #isNeedsApproval() <em>Needs Approval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNeedsApproval()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NEEDS_APPROVAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNeedsApproval() <em>Needs Approval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNeedsApproval()
	 * @generated
	 * @ordered
	 */
	protected boolean needsApproval = NEEDS_APPROVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final StepStatus STATUS_EDEFAULT = StepStatus.PENDING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected StepStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getActor() <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActor() <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected String actor = ACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Instant TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Instant time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getApprovals() <em>Approvals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovals()
	 * @generated
	 * @ordered
	 */
	protected EList<Approval> approvals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case getCase() {
		if (eContainerFeatureID() != CasesPackage.STEP__CASE) return null;
		return (Case)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCase(Case newCase, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCase, CasesPackage.STEP__CASE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCase(Case newCase) {
		if (newCase != eInternalContainer() || (eContainerFeatureID() != CasesPackage.STEP__CASE && newCase != null)) {
			if (EcoreUtil.isAncestor(this, newCase))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCase != null)
				msgs = ((InternalEObject)newCase).eInverseAdd(this, CasesPackage.CASE__STEPS, Case.class, msgs);
			msgs = basicSetCase(newCase, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.STEP__CASE, newCase, newCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.STEP__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.STEP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.STEP__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequiredEvidence() {
		if (requiredEvidence == null) {
			requiredEvidence = new EDataTypeUniqueEList<String>(String.class, this, CasesPackage.STEP__REQUIRED_EVIDENCE);
		}
		return requiredEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNeedsApproval() {
		return needsApproval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeedsApproval(boolean newNeedsApproval) {
		boolean oldNeedsApproval = needsApproval;
		needsApproval = newNeedsApproval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.STEP__NEEDS_APPROVAL, oldNeedsApproval, needsApproval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(StepStatus newStatus) {
		StepStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.STEP__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActor() {
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActor(String newActor) {
		String oldActor = actor;
		actor = newActor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.STEP__ACTOR, oldActor, actor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Instant newTime) {
		Instant oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.STEP__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.STEP__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, CasesPackage.STEP__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Approval> getApprovals() {
		if (approvals == null) {
			approvals = new EObjectContainmentEList<Approval>(Approval.class, this, CasesPackage.STEP__APPROVALS);
		}
		return approvals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasesPackage.STEP__CASE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCase((Case)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasesPackage.STEP__CASE:
				return basicSetCase(null, msgs);
			case CasesPackage.STEP__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case CasesPackage.STEP__APPROVALS:
				return ((InternalEList<?>)getApprovals()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CasesPackage.STEP__CASE:
				return eInternalContainer().eInverseRemove(this, CasesPackage.CASE__STEPS, Case.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.STEP__CASE:
				return getCase();
			case CasesPackage.STEP__NUMBER:
				return getNumber();
			case CasesPackage.STEP__KIND:
				return getKind();
			case CasesPackage.STEP__TITLE:
				return getTitle();
			case CasesPackage.STEP__REQUIRED_EVIDENCE:
				return getRequiredEvidence();
			case CasesPackage.STEP__NEEDS_APPROVAL:
				return isNeedsApproval();
			case CasesPackage.STEP__STATUS:
				return getStatus();
			case CasesPackage.STEP__ACTOR:
				return getActor();
			case CasesPackage.STEP__TIME:
				return getTime();
			case CasesPackage.STEP__NOTE:
				return getNote();
			case CasesPackage.STEP__EVIDENCE:
				return getEvidence();
			case CasesPackage.STEP__APPROVALS:
				return getApprovals();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasesPackage.STEP__CASE:
				setCase((Case)newValue);
				return;
			case CasesPackage.STEP__NUMBER:
				setNumber((Integer)newValue);
				return;
			case CasesPackage.STEP__KIND:
				setKind((String)newValue);
				return;
			case CasesPackage.STEP__TITLE:
				setTitle((String)newValue);
				return;
			case CasesPackage.STEP__REQUIRED_EVIDENCE:
				getRequiredEvidence().clear();
				getRequiredEvidence().addAll((Collection<? extends String>)newValue);
				return;
			case CasesPackage.STEP__NEEDS_APPROVAL:
				setNeedsApproval((Boolean)newValue);
				return;
			case CasesPackage.STEP__STATUS:
				setStatus((StepStatus)newValue);
				return;
			case CasesPackage.STEP__ACTOR:
				setActor((String)newValue);
				return;
			case CasesPackage.STEP__TIME:
				setTime((Instant)newValue);
				return;
			case CasesPackage.STEP__NOTE:
				setNote((String)newValue);
				return;
			case CasesPackage.STEP__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case CasesPackage.STEP__APPROVALS:
				getApprovals().clear();
				getApprovals().addAll((Collection<? extends Approval>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CasesPackage.STEP__CASE:
				setCase((Case)null);
				return;
			case CasesPackage.STEP__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CasesPackage.STEP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CasesPackage.STEP__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasesPackage.STEP__REQUIRED_EVIDENCE:
				getRequiredEvidence().clear();
				return;
			case CasesPackage.STEP__NEEDS_APPROVAL:
				setNeedsApproval(NEEDS_APPROVAL_EDEFAULT);
				return;
			case CasesPackage.STEP__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CasesPackage.STEP__ACTOR:
				setActor(ACTOR_EDEFAULT);
				return;
			case CasesPackage.STEP__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case CasesPackage.STEP__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case CasesPackage.STEP__EVIDENCE:
				getEvidence().clear();
				return;
			case CasesPackage.STEP__APPROVALS:
				getApprovals().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CasesPackage.STEP__CASE:
				return getCase() != null;
			case CasesPackage.STEP__NUMBER:
				return number != NUMBER_EDEFAULT;
			case CasesPackage.STEP__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case CasesPackage.STEP__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasesPackage.STEP__REQUIRED_EVIDENCE:
				return requiredEvidence != null && !requiredEvidence.isEmpty();
			case CasesPackage.STEP__NEEDS_APPROVAL:
				return needsApproval != NEEDS_APPROVAL_EDEFAULT;
			case CasesPackage.STEP__STATUS:
				return status != STATUS_EDEFAULT;
			case CasesPackage.STEP__ACTOR:
				return ACTOR_EDEFAULT == null ? actor != null : !ACTOR_EDEFAULT.equals(actor);
			case CasesPackage.STEP__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case CasesPackage.STEP__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case CasesPackage.STEP__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case CasesPackage.STEP__APPROVALS:
				return approvals != null && !approvals.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", requiredEvidence: ");
		result.append(requiredEvidence);
		result.append(", needsApproval: ");
		result.append(needsApproval);
		result.append(", status: ");
		result.append(status);
		result.append(", actor: ");
		result.append(actor);
		result.append(", time: ");
		result.append(time);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //StepImpl
