"""Watch-over (見守り): daily check-ins for seniors living alone, escalation, alerts, safety confirmation."""
