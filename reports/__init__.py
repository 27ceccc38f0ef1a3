"""Citizen problem reports (road damage, illegal dumping, street lights, fallen trees) filed through the chat."""
