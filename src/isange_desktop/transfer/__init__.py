"""Referral bundles between centers (built in the referrals issue)."""
