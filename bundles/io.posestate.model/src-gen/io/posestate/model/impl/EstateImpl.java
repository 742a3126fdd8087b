/**
 */
package io.posestate.model.impl;

import io.posestate.model.Acquirer;
import io.posestate.model.Estate;
import io.posestate.model.EstatePackage;
import io.posestate.model.Merchant;
import io.posestate.model.Phone;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalModel;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Estate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.impl.EstateImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.posestate.model.impl.EstateImpl#getAcquirers <em>Acquirers</em>}</li>
 *   <li>{@link io.posestate.model.impl.EstateImpl#getMerchants <em>Merchants</em>}</li>
 *   <li>{@link io.posestate.model.impl.EstateImpl#getTerminalModels <em>Terminal Models</em>}</li>
 *   <li>{@link io.posestate.model.impl.EstateImpl#getTerminals <em>Terminals</em>}</li>
 *   <li>{@link io.posestate.model.impl.EstateImpl#getPhones <em>Phones</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EstateImpl extends MinimalEObjectImpl.Container implements Estate {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAcquirers() <em>Acquirers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquirers()
	 * @generated
	 * @ordered
	 */
	protected EList<Acquirer> acquirers;

	/**
	 * The cached value of the '{@link #getMerchants() <em>Merchants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMerchants()
	 * @generated
	 * @ordered
	 */
	protected EList<Merchant> merchants;

	/**
	 * The cached value of the '{@link #getTerminalModels() <em>Terminal Models</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminalModels()
	 * @generated
	 * @ordered
	 */
	protected EList<TerminalModel> terminalModels;

	/**
	 * The cached value of the '{@link #getTerminals() <em>Terminals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminals()
	 * @generated
	 * @ordered
	 */
	protected EList<Terminal> terminals;

	/**
	 * The cached value of the '{@link #getPhones() <em>Phones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhones()
	 * @generated
	 * @ordered
	 */
	protected EList<Phone> phones;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EstateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.ESTATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ESTATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Acquirer> getAcquirers() {
		if (acquirers == null) {
			acquirers = new EObjectContainmentEList<Acquirer>(Acquirer.class, this, EstatePackage.ESTATE__ACQUIRERS);
		}
		return acquirers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Merchant> getMerchants() {
		if (merchants == null) {
			merchants = new EObjectContainmentEList<Merchant>(Merchant.class, this, EstatePackage.ESTATE__MERCHANTS);
		}
		return merchants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TerminalModel> getTerminalModels() {
		if (terminalModels == null) {
			terminalModels = new EObjectContainmentEList<TerminalModel>(TerminalModel.class, this, EstatePackage.ESTATE__TERMINAL_MODELS);
		}
		return terminalModels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Terminal> getTerminals() {
		if (terminals == null) {
			terminals = new EObjectContainmentEList<Terminal>(Terminal.class, this, EstatePackage.ESTATE__TERMINALS);
		}
		return terminals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phone> getPhones() {
		if (phones == null) {
			phones = new EObjectContainmentEList<Phone>(Phone.class, this, EstatePackage.ESTATE__PHONES);
		}
		return phones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.ESTATE__ACQUIRERS:
				return ((InternalEList<?>)getAcquirers()).basicRemove(otherEnd, msgs);
			case EstatePackage.ESTATE__MERCHANTS:
				return ((InternalEList<?>)getMerchants()).basicRemove(otherEnd, msgs);
			case EstatePackage.ESTATE__TERMINAL_MODELS:
				return ((InternalEList<?>)getTerminalModels()).basicRemove(otherEnd, msgs);
			case EstatePackage.ESTATE__TERMINALS:
				return ((InternalEList<?>)getTerminals()).basicRemove(otherEnd, msgs);
			case EstatePackage.ESTATE__PHONES:
				return ((InternalEList<?>)getPhones()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.ESTATE__NAME:
				return getName();
			case EstatePackage.ESTATE__ACQUIRERS:
				return getAcquirers();
			case EstatePackage.ESTATE__MERCHANTS:
				return getMerchants();
			case EstatePackage.ESTATE__TERMINAL_MODELS:
				return getTerminalModels();
			case EstatePackage.ESTATE__TERMINALS:
				return getTerminals();
			case EstatePackage.ESTATE__PHONES:
				return getPhones();
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
			case EstatePackage.ESTATE__NAME:
				setName((String)newValue);
				return;
			case EstatePackage.ESTATE__ACQUIRERS:
				getAcquirers().clear();
				getAcquirers().addAll((Collection<? extends Acquirer>)newValue);
				return;
			case EstatePackage.ESTATE__MERCHANTS:
				getMerchants().clear();
				getMerchants().addAll((Collection<? extends Merchant>)newValue);
				return;
			case EstatePackage.ESTATE__TERMINAL_MODELS:
				getTerminalModels().clear();
				getTerminalModels().addAll((Collection<? extends TerminalModel>)newValue);
				return;
			case EstatePackage.ESTATE__TERMINALS:
				getTerminals().clear();
				getTerminals().addAll((Collection<? extends Terminal>)newValue);
				return;
			case EstatePackage.ESTATE__PHONES:
				getPhones().clear();
				getPhones().addAll((Collection<? extends Phone>)newValue);
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
			case EstatePackage.ESTATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EstatePackage.ESTATE__ACQUIRERS:
				getAcquirers().clear();
				return;
			case EstatePackage.ESTATE__MERCHANTS:
				getMerchants().clear();
				return;
			case EstatePackage.ESTATE__TERMINAL_MODELS:
				getTerminalModels().clear();
				return;
			case EstatePackage.ESTATE__TERMINALS:
				getTerminals().clear();
				return;
			case EstatePackage.ESTATE__PHONES:
				getPhones().clear();
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
			case EstatePackage.ESTATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EstatePackage.ESTATE__ACQUIRERS:
				return acquirers != null && !acquirers.isEmpty();
			case EstatePackage.ESTATE__MERCHANTS:
				return merchants != null && !merchants.isEmpty();
			case EstatePackage.ESTATE__TERMINAL_MODELS:
				return terminalModels != null && !terminalModels.isEmpty();
			case EstatePackage.ESTATE__TERMINALS:
				return terminals != null && !terminals.isEmpty();
			case EstatePackage.ESTATE__PHONES:
				return phones != null && !phones.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //EstateImpl
